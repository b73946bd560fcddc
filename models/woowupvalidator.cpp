#include "woowupvalidator.h"
