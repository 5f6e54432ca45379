# raise SystemExit(n) behaves like sys.exit(n).
print("raising SystemExit(5)")
raise SystemExit(5)
