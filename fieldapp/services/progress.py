"""Progress reporting and cancellation for long work: the services' names for fieldapp.domain.progress."""

from fieldapp.domain.progress import NEVER_CANCELLED, Cancelled, CancelToken, Progress, no_progress

__all__ = ["NEVER_CANCELLED", "CancelToken", "Cancelled", "Progress", "no_progress"]
