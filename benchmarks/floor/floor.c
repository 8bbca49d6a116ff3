/* The floor: W1, W3 and W5 done by calling GEOS and PROJ directly, on the inputs territory-bench
 * wrote (points.bin, atoms.bin, units.bin; formats in benchmarks/Sources/territory-bench/Inputs.swift).
 * Prints one JSON object: median seconds per workload, W3 holder counts, checksums, versions.
 *
 *   cc -O2 -o floor floor.c $(pkg-config --cflags --libs geos proj) -lm
 *   ./floor WORKDIR SNAPSHOT_DAY_SINCE_1970 [WORKLOADS [RUNS]]
 *
 * WORKLOADS is a comma-separated subset of W1,W3,W5 (default: all); RUNS the timed runs of W1 and
 * of the unit areas (default 5; the 1M-point loops of W3 and W5 always run 3 times). territory-bench
 * calls it with "W1,W5" between its own runs of those, so both sides see the same machine load.
 */
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
#include <geodesic.h>
#include <proj.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#define MAX_RUNS 99

static int runs = 5;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *values, int count) {
    qsort(values, count, sizeof *values, compare_doubles);
    return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}

static unsigned char *slurp(const char *dir, const char *name, size_t *size) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *file = fopen(path, "rb");
    if (!file) { fprintf(stderr, "floor: cannot open %s\n", path); exit(1); }
    fseek(file, 0, SEEK_END);
    *size = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *data = malloc(*size);
    if (fread(data, 1, *size, file) != *size) { fprintf(stderr, "floor: short read of %s\n", path); exit(1); }
    fclose(file);
    return data;
}

static int32_t take_int32(const unsigned char **cursor) { int32_t v; memcpy(&v, *cursor, 4); *cursor += 4; return v; }
static double take_double(const unsigned char **cursor) { double v; memcpy(&v, *cursor, 8); *cursor += 8; return v; }

/* The ground: faces (polygons) with their atom, and each atom's holder in each state. */
typedef struct {
    int face_count, atom_count, state_count;
    const unsigned char **wkb; size_t *wkb_size; int *face_atom;
    int32_t *starts;  /* state_count - 1 first days */
    int32_t *holders; /* state_count * atom_count */
} Ground;

static Ground read_ground(const char *dir) {
    size_t size;
    const unsigned char *cursor = slurp(dir, "atoms.bin", &size);
    Ground g;
    g.face_count = take_int32(&cursor);
    g.wkb = malloc(sizeof *g.wkb * g.face_count);
    g.wkb_size = malloc(sizeof *g.wkb_size * g.face_count);
    g.face_atom = malloc(sizeof *g.face_atom * g.face_count);
    for (int i = 0; i < g.face_count; i++) {
        g.face_atom[i] = take_int32(&cursor);
        g.wkb_size[i] = (size_t)take_int32(&cursor);
        g.wkb[i] = cursor;
        cursor += g.wkb_size[i];
    }
    g.atom_count = take_int32(&cursor);
    g.state_count = take_int32(&cursor);
    g.starts = malloc(sizeof(int32_t) * (g.state_count - 1));
    memcpy(g.starts, cursor, sizeof(int32_t) * (g.state_count - 1));
    cursor += sizeof(int32_t) * (g.state_count - 1);
    g.holders = malloc(sizeof(int32_t) * g.state_count * g.atom_count);
    memcpy(g.holders, cursor, sizeof(int32_t) * g.state_count * g.atom_count);
    return g;
}

static int state_on(const Ground *g, int32_t day) {
    int low = 0, high = g->state_count - 1;
    while (low < high) {
        int middle = (low + high) / 2;
        if (g->starts[middle] <= day) low = middle + 1; else high = middle;
    }
    return low;
}

typedef struct { int64_t n; double *lon, *lat; int32_t *day; } Points;

static Points read_points(const char *dir) {
    size_t size;
    const unsigned char *cursor = slurp(dir, "points.bin", &size);
    Points p;
    memcpy(&p.n, cursor, 8);
    cursor += 8;
    p.lon = (double *)cursor;
    p.lat = p.lon + p.n;
    p.day = (int32_t *)(p.lat + p.n);
    return p;
}

/* ---- W3: STRtree over the faces, prepared faces (made on first use), per point covers. */

typedef struct { int *items; int count, capacity; } Hits;

static void collect(void *item, void *userdata) {
    Hits *hits = userdata;
    if (hits->count == hits->capacity) {
        hits->capacity = hits->capacity ? hits->capacity * 2 : 16;
        hits->items = realloc(hits->items, sizeof(int) * hits->capacity);
    }
    hits->items[hits->count++] = (int)(intptr_t)item - 1;
}

static int compare_ints(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static double control(GEOSContextHandle_t ctx, const Ground *g, const Points *p, int64_t count, int64_t *counts) {
    double start = now();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry **faces = malloc(sizeof *faces * g->face_count);
    const GEOSPreparedGeometry **prepared = calloc(g->face_count, sizeof *prepared);
    GEOSSTRtree *tree = GEOSSTRtree_create_r(ctx, 10);
    for (int i = 0; i < g->face_count; i++) {
        faces[i] = GEOSWKBReader_read_r(ctx, reader, g->wkb[i], g->wkb_size[i]);
        GEOSSTRtree_insert_r(ctx, tree, faces[i], (void *)(intptr_t)(i + 1));
    }
    Hits hits = {0};
    for (int64_t i = 0; i < count; i++) {
        GEOSGeometry *point = GEOSGeom_createPointFromXY_r(ctx, p->lon[i], p->lat[i]);
        hits.count = 0;
        GEOSSTRtree_query_r(ctx, tree, point, collect, &hits);
        qsort(hits.items, hits.count, sizeof(int), compare_ints);
        int atom = -1;
        for (int h = 0; h < hits.count; h++) {
            int face = hits.items[h];
            if (!prepared[face]) prepared[face] = GEOSPrepare_r(ctx, faces[face]);
            if (GEOSPreparedCovers_r(ctx, prepared[face], point) == 1) { atom = g->face_atom[face]; break; }
        }
        GEOSGeom_destroy_r(ctx, point);
        int holder = atom < 0 ? -1 : g->holders[(size_t)state_on(g, p->day[i]) * g->atom_count + atom];
        counts[holder + 1]++;
    }
    free(hits.items);
    GEOSSTRtree_destroy_r(ctx, tree);
    for (int i = 0; i < g->face_count; i++) {
        if (prepared[i]) GEOSPreparedGeom_destroy_r(ctx, prepared[i]);
        GEOSGeom_destroy_r(ctx, faces[i]);
    }
    free(prepared);
    free(faces);
    GEOSWKBReader_destroy_r(ctx, reader);
    return now() - start;
}

/* ---- W1: the snapshot's GEOS calls: a coverage union of each holder's faces, coordinates read back. */

/* Reads every coordinate back the fastest way GEOS offers (one copy per ring, as SwiftGEOS does). */
static double read_coordinates(GEOSContextHandle_t ctx, const GEOSGeometry *geometry) {
    static double *buffer = NULL;
    static unsigned int capacity = 0;
    double sum = 0;
    int parts = GEOSGetNumGeometries_r(ctx, geometry);
    for (int part = 0; part < parts; part++) {
        const GEOSGeometry *polygon = GEOSGetGeometryN_r(ctx, geometry, part);
        int holes = GEOSGetNumInteriorRings_r(ctx, polygon);
        for (int r = -1; r < holes; r++) {
            const GEOSGeometry *ring = r < 0 ? GEOSGetExteriorRing_r(ctx, polygon) : GEOSGetInteriorRingN_r(ctx, polygon, r);
            const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, ring);
            unsigned int size = 0;
            GEOSCoordSeq_getSize_r(ctx, sequence, &size);
            if (size > capacity) {
                capacity = size * 2;
                buffer = realloc(buffer, sizeof(double) * 2 * capacity);
            }
            GEOSCoordSeq_copyToBuffer_r(ctx, sequence, buffer, 0, 0);
            for (unsigned int k = 0; k < 2 * size; k++) sum += buffer[k];
        }
    }
    return sum;
}

static double snapshot(GEOSContextHandle_t ctx, const Ground *g, int32_t day, double *checksum) {
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry **faces = malloc(sizeof *faces * g->face_count);
    for (int i = 0; i < g->face_count; i++) faces[i] = GEOSWKBReader_read_r(ctx, reader, g->wkb[i], g->wkb_size[i]);
    const int32_t *holders = g->holders + (size_t)state_on(g, day) * g->atom_count;
    GEOSGeometry **members = malloc(sizeof *members * g->face_count);
    double times[MAX_RUNS];
    for (int run = -1; run < runs; run++) {
        double start = now();
        *checksum = 0;
        for (int32_t holder = 0; holder < 64; holder++) {
            int count = 0;
            for (int i = 0; i < g->face_count; i++) {
                if (holders[g->face_atom[i]] == holder) members[count++] = GEOSGeom_clone_r(ctx, faces[i]);
            }
            if (!count) continue;
            GEOSGeometry *collection = GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, members, count);
            GEOSGeometry *ground = GEOSCoverageUnion_r(ctx, collection);
            if (!ground) ground = GEOSUnaryUnion_r(ctx, collection);
            *checksum += read_coordinates(ctx, ground);
            GEOSGeom_destroy_r(ctx, ground);
            GEOSGeom_destroy_r(ctx, collection);
        }
        if (run >= 0) times[run] = now() - start;
    }
    for (int i = 0; i < g->face_count; i++) GEOSGeom_destroy_r(ctx, faces[i]);
    free(members);
    free(faces);
    GEOSWKBReader_destroy_r(ctx, reader);
    return median(times, runs);
}

/* ---- W5: geod_inverse between consecutive points; geod_polygon over every unit's rings. */

static double distances(const struct geod_geodesic *geod, const Points *p, double *sum) {
    double start = now();
    *sum = 0;
    for (int64_t i = 0; i < p->n; i++) {
        int64_t j = (i + 1) % p->n;
        double s12, azi1, azi2;
        geod_inverse(geod, p->lat[i], p->lon[i], p->lat[j], p->lon[j], &s12, &azi1, &azi2);
        *sum += s12;
    }
    return now() - start;
}

static double unit_areas(const struct geod_geodesic *geod, const unsigned char *units, double *sum) {
    double start = now();
    const unsigned char *cursor = units;
    *sum = 0;
    int unit_count = take_int32(&cursor);
    for (int u = 0; u < unit_count; u++) {
        int polygons = take_int32(&cursor);
        for (int k = 0; k < polygons; k++) {
            int rings = take_int32(&cursor);
            for (int r = 0; r < rings; r++) {
                int n = take_int32(&cursor);
                struct geod_polygon polygon;
                geod_polygon_init(&polygon, 0);
                /* Like Territory: the repeated closing vertex is not given to the planimeter. */
                for (int v = 0; v < n; v++) {
                    double x = take_double(&cursor), y = take_double(&cursor);
                    if (v < n - 1) geod_polygon_addpoint(geod, &polygon, y, x);
                }
                double area, perimeter;
                geod_polygon_compute(geod, &polygon, 0, 1, &area, &perimeter);
                *sum += (r == 0 ? 1 : -1) * fabs(area) / 1e6;
            }
        }
    }
    return now() - start;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: floor WORKDIR SNAPSHOT_DAY_SINCE_1970 [W1,W3,W5 [RUNS]]\n");
        return 2;
    }
    const char *dir = argv[1];
    int32_t snapshot_day = atoi(argv[2]);
    const char *only = argc > 3 ? argv[3] : "W1,W3,W5";
    if (argc > 4) runs = atoi(argv[4]);
    if (runs < 1 || runs > MAX_RUNS) { fprintf(stderr, "floor: RUNS must be 1 to %d\n", MAX_RUNS); return 2; }
    GEOSContextHandle_t ctx = GEOS_init_r();
    Ground ground = read_ground(dir);
    Points points = read_points(dir);
    size_t units_size;
    const unsigned char *units = slurp(dir, "units.bin", &units_size);
    struct geod_geodesic geod;
    geod_init(&geod, 6378137, 1 / 298.257223563);

    printf("{\"versions\": {\"geos\": \"%s\", \"proj\": \"%s\"}, \"timings\": {", GEOSversion(), proj_info().release);
    const char *separator = "";
    double w1_checksum = 0;
    if (strstr(only, "W1")) {
        printf("\"W1\": %.9f", snapshot(ctx, &ground, snapshot_day, &w1_checksum));
        separator = ", ";
    }

    int64_t counts[65] = {0};
    if (strstr(only, "W3")) {
        int64_t sizes[] = {10000, 100000, 1000000};
        for (int s = 0; s < 3; s++) {
            if (sizes[s] > points.n) continue;
            double times[3];
            for (int run = -1; run < 3; run++) {
                memset(counts, 0, sizeof counts);
                double t = control(ctx, &ground, &points, sizes[s], counts);
                if (run >= 0) times[run] = t;
            }
            printf("%s\"W3@%lld\": %.9f", separator, (long long)sizes[s], median(times, 3));
            separator = ", ";
        }
        double times[3];
        for (int run = -1; run < 3; run++) {
            memset(counts, 0, sizeof counts);
            double t = control(ctx, &ground, &points, points.n, counts);
            if (run >= 0) times[run] = t;
        }
        printf(", \"W3\": %.9f", median(times, 3));
    }

    double distance_sum = 0, area_sum = 0;
    if (strstr(only, "W5")) {
        double d_times[3], a_times[MAX_RUNS];
        for (int run = -1; run < 3; run++) { double t = distances(&geod, &points, &distance_sum); if (run >= 0) d_times[run] = t; }
        for (int run = -1; run < runs; run++) { double t = unit_areas(&geod, units, &area_sum); if (run >= 0) a_times[run] = t; }
        double d = median(d_times, 3), a = median(a_times, runs);
        printf("%s\"W5-distances\": %.9f, \"W5-areas\": %.9f, \"W5\": %.9f", separator, d, a, d + a);
    }
    printf("}");

    printf(", \"w3_counts\": {");
    int first = 1;
    for (int h = 0; h < 65; h++) {
        if (!counts[h]) continue;
        printf("%s\"%d\": %lld", first ? "" : ", ", h - 1, (long long)counts[h]);
        first = 0;
    }
    printf("}, \"checks\": {\"w5_distance_sum_m\": %.6f, \"w5_area_sum_km2\": %.6f, \"w1_coordinate_sum\": %.6f}}\n",
           distance_sum, area_sum, w1_checksum);
    GEOS_finish_r(ctx);
    return 0;
}
