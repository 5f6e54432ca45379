B = "beta value"
