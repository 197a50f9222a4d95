#ifndef CIVICPULSE_CZLIB_SHIM_H
#define CIVICPULSE_CZLIB_SHIM_H
#include <zlib.h>
#endif
