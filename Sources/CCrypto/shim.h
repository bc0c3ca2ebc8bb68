// OpenSSL 3 libcrypto: the EVP message-digest API (SHA-256) and its error queue.
#include <openssl/evp.h>
#include <openssl/err.h>
