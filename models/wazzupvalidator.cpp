#include "wazzupvalidator.h"
