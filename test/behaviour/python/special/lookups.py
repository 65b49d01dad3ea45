# test_enum.py TestSpecial.test_getattr_getitem / test_iteration_order /
# test_no_such_enum_member / test_default_missing_no_chained_exception /
# test_wrong_enum_in_call / test_wrong_enum_in_mixed_call / test_mixed_enum_in_call_1 /
# test_mixed_enum_in_call_2 /
# test_second_tuple_item_is_falsey
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Period(Enum):
    morning = 1
    noon = 2
    evening = 3
    night = 4
out('Period(2) is noon', Period(2) is Period.noon)
out('getattr night', getattr(Period, 'night') is Period.night)
out("Period['morning']", Period['morning'] is Period.morning)
class Season(Enum):
    SUMMER = 2
    WINTER = 4
    AUTUMN = 3
    SPRING = 1
out('iteration order', list(Season))
class Color(Enum):
    red = 1
    green = 2
    blue = 3
raises('Color(4)', lambda: Color(4))
raises("Color['chartreuse']", lambda: Color['chartreuse'])
raises('Color(7)', lambda: Color(7))
raises("Color('1')", lambda: Color('1'))
raises('Color(None)', lambda: Color(None))
class Monochrome(Enum):
    black = 0
    white = 1
class Gender(Enum):
    male = 0
    female = 1
raises('Monochrome(Gender.male)', lambda: Monochrome(Gender.male))
class IntMonochrome(IntEnum):
    black = 0
    white = 1
raises('IntMonochrome(Gender.male)', lambda: IntMonochrome(Gender.male))
class IntGender(IntEnum):
    male = 0
    female = 1
raises('IntMonochrome(IntGender.female)', lambda: IntMonochrome(IntGender.female))
raises('Monochrome(IntGender.male)', lambda: Monochrome(IntGender.male))
class Cardinal(Enum):
    RIGHT = (1, 0)
    UP = (0, 1)
    LEFT = (-1, 0)
    DOWN = (0, -1)
out('Cardinal((1, 0))', Cardinal((1, 0)), Cardinal((1, 0)) is Cardinal.RIGHT)
out('Cardinal((-1, 0))', Cardinal((-1, 0)) is Cardinal.LEFT)
out('Cardinal values', [m.value for m in Cardinal])
