import counted

counted.loads.append("seen by other")
