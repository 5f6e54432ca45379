print("counted: module body executing")
loads = []
loads.append("loaded")
