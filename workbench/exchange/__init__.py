"""A campaign across laptops: sealed task packages out, result packages back, merged with nothing
lost, duplicated or silently overwritten; the reviewer copy bound to one reviewer."""
