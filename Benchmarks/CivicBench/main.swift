import CivicCore

ComplaintScoringBench.run()
