SHADOWED = "project sys"
