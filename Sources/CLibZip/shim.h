#ifndef GONGWEN_CLIBZIP_SHIM_H
#define GONGWEN_CLIBZIP_SHIM_H
#include <zip.h>
#endif
