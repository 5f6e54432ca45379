from .. import config
from ..config import NAME
from .. import VERSION
from ..utils.fmt import bracket


def run(x):
    return bracket("run " + str(x) + " v" + VERSION + " " + NAME + " debug=" + str(config.DEBUG))


print("engine loaded as", __name__, "package", __package__)
