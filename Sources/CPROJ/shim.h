#include <proj.h>
// GeographicLib's C geodesics, exported by libproj.
#include <geodesic.h>
