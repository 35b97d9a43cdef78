"""双随机: the documented reproducible draw (pure) and its record in the database."""
