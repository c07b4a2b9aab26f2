"""Python forms GENERATED from forms/*.ui by fieldapp.ui.build_forms — never edited."""
