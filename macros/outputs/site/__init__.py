"""Facts of the published site that are not pages: page revision dates, the build date."""
