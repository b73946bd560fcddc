#include "wazzupcodec.h"
