pi = "project pi"
