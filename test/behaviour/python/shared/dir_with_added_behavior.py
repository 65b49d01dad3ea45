# test_enum.py _EnumTests.test_dir_with_added_behavior
class Test(K):
    this = auto()
    these = auto()
    def wowser(self):
        return ("Wowser! I'm %s!" % self.name)
out('wowser', 'wowser' in dir(Test), 'wowser' in dir(Test.this), Test.this.wowser())
