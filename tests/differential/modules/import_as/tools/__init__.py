NAME = "tools package"
