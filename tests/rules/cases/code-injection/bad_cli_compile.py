import sys

formula = sys.argv[1] if len(sys.argv) > 1 else input("price formula: ")
pricing = compile(formula, "<formula>", "eval")
