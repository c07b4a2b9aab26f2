"""fieldapp: the offline field journal of outreach caravans and citizen receptions."""

__version__ = "0.1.0"
