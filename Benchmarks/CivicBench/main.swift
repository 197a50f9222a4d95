import CivicCore

print("civicpulse-bench: no benchmarks yet")
