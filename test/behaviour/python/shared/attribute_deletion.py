# test_enum.py _EnumTests.test_attribute_deletion (the member parts; deleting a method
# from the class and deleting a missing attribute have no JavaScript counterpart)
class Season(K):
    SPRING = auto()
    SUMMER = auto()
    AUTUMN = auto()
out('len', len(Season))
def delete_member():
    del Season.SPRING
raises('del Season.SPRING', delete_member)
out('SPRING', Season.SPRING)
try:
    del Season.SPRING.name
except AttributeError:
    pass
out('SPRING.name', Season.SPRING.name)
