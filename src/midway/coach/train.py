"""Write the second opinion's weights from our labelled sentences.

    .venv/bin/python -m midway.coach.train

See ``second_opinion`` for what is learnt and how.
"""

import sys

from midway.coach.wordmodel import main

if __name__ == "__main__":
    sys.exit(main())
