#include "woowupcodec.h"
