here = "yes"
