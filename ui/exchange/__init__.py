"""The screens of the exchange between laptops: issue, open, return, merge, conflicts."""
