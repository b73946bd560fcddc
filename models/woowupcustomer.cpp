#include "woowupcustomer.h"
