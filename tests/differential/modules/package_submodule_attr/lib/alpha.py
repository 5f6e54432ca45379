A = "alpha value"
