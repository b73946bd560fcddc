#include "countrycodes.h"
