# Circular imports work when attributes are only accessed at call time.
import alpha
import beta

print(alpha.hello())
print(beta.hello())
print(alpha.ping(3), "|", alpha.ping(4))
print(alpha.beta is beta, beta.alpha is alpha)
