// cmark-gfm and its GitHub extensions (table, autolink, strikethrough, tasklist).
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
