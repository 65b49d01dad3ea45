# SPEC section 2 (issue 13, bug 3): an alias by value in a class with its own __new__/__init__
from enum import Enum, IntEnum
from _helpers import out
class Http(IntEnum):
    OK = 200, 'OK'
    FINE = 200, 'Fine'
    NOT_FOUND = 404, 'Not Found'
    def __new__(cls, code, phrase):
        obj = int.__new__(cls, code)
        obj._value_ = code
        obj.phrase = phrase
        return obj
DEFAULT = Http.FINE
out('str', str(DEFAULT), '%s' % DEFAULT)
out('repr', DEFAULT)
out('name value', DEFAULT.name, DEFAULT.value)
out('in', DEFAULT in Http)
out('lookup', Http(DEFAULT), Http(DEFAULT))
out('number', +DEFAULT, DEFAULT + 1)
out('after', Http.FINE is Http.OK, Http.FINE.phrase, list(Http), list(Http.__members__))
class Planet(Enum):
    EARTH = (5.976e24, 6378140.5)
    TERRA = (5.976e24, 6378140.5)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
HOME = Planet.TERRA
out('Planet', str(HOME), HOME, HOME.name, HOME in Planet)
out('Planet after', Planet.TERRA is Planet.EARTH, list(Planet))
