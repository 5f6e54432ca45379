# Cooperative super() chains for ordinary methods across mixins (not just __init__).
class Storage:
    def save(self, record):
        record.setdefault("trail", []).append("Storage")
        return record

    def describe(self):
        return ["Storage"]

class TimestampMixin:
    clock = 100

    def save(self, record):
        TimestampMixin.clock += 1
        record["ts"] = TimestampMixin.clock
        record.setdefault("trail", []).append("Timestamp")
        return super().save(record)

    def describe(self):
        return ["Timestamp"] + super().describe()

class ValidateMixin:
    required = ("id",)

    def save(self, record):
        missing = [k for k in self.required if k not in record]
        if missing:
            raise ValueError(f"missing {missing} in {type(self).__name__}.save")
        record.setdefault("trail", []).append("Validate")
        return super().save(record)

    def describe(self):
        return ["Validate"] + super().describe()

class AuditMixin:
    def save(self, record):
        result = super().save(record)
        result["trail"].append("Audit(after)")
        return result

    def describe(self):
        return ["Audit"] + super().describe()

class UserStore(AuditMixin, ValidateMixin, TimestampMixin, Storage):
    required = ("id", "name")

class LogStore(TimestampMixin, AuditMixin, Storage):
    pass

print([c.__name__ for c in UserStore.__mro__])
print(UserStore().describe(), LogStore().describe())
print(UserStore().save({"id": 1, "name": "ann"}))
print(LogStore().save({"msg": "hi"}))
try:
    UserStore().save({"id": 2})
except ValueError as e:
    print(type(e).__name__, e)

# a mixin used standalone: super() reaches object which lacks save()
class Alone(TimestampMixin):
    pass

Alone().save({})
