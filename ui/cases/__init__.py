"""The case list screen: a campaign's files, searched, filtered and sorted."""
