DEBUG = True
NAME = "config"
