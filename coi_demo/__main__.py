"""``python -m coi_demo`` writes the demo Panel's files again (data/demo/)."""
from coi_demo import main

main()
