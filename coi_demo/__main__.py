"""``python -m coi_demo`` writes the demo Panel's files again (coi_demo/files/)."""
from coi_demo import main

main()
