/* The floor of the benchmark: the least a program can do to "read a techmatrix/v2 document
 * and write its table", so that TechMatrix's times can be read as a ratio to it.
 *
 * It reads the whole file, parses it with the simplest correct JSON parser (recursive
 * descent into a tree held in one arena; strings unescaped in place, \u escapes and surrogate
 * pairs included), and writes the same table TechMatrix writes, with the same escaping:
 *   md    tools as columns, a bold row per criteria group, GFM inline escaping;
 *   csv   RFC 4180, a row per tool, Version, Pros and Cons columns, formula hardening;
 *   html  a page holding the table, tools as columns, group rows, text escaped.
 * Cells show what TechMatrix shows (✅ Yes, ≈ 15 ms, 10–20 ms, 3/5, —). No extras: no
 * footnotes, best marks, annotations, pros and cons sections, notes or sources; no schema
 * validation beyond what finding the table needs; numbers are written as the document spells
 * them. Standard C only; build with `cc -O2 -o floor floor.c`.
 *
 * Usage: floor md|csv|html INPUT.json > OUTPUT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { J_NULL, J_FALSE, J_TRUE, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT };

typedef struct Node Node;
struct Node {
    int type;
    const char *text; /* string (unescaped) or number lexeme */
    size_t length;
    const char *key; /* member name when inside an object */
    size_t key_length;
    Node *first, *next; /* children of arrays and objects */
    size_t count;
};

static char *base, *src, *end;
static Node *arena;
static size_t arena_used, arena_size;

static void fail(const char *what) {
    fprintf(stderr, "floor: %s at byte %ld\n", what, (long)(src - base));
    exit(1);
}

static Node *node(int type) {
    if (arena_used == arena_size) {
        arena_size = arena_size ? arena_size * 2 : 1 << 16;
        /* Nodes point at each other, so grow by chaining blocks rather than moving. */
        arena = malloc(arena_size * sizeof(Node));
        if (!arena) fail("out of memory");
        arena_used = 0;
    }
    Node *n = &arena[arena_used++];
    memset(n, 0, sizeof *n);
    n->type = type;
    return n;
}

static void ws(void) {
    while (src < end && (*src == ' ' || *src == '\n' || *src == '\r' || *src == '\t')) src++;
}

static int hex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    fail("bad \\u escape");
    return 0;
}

static unsigned u4(void) {
    if (end - src < 4) fail("short \\u escape");
    unsigned v = (unsigned)(hex(src[0]) << 12 | hex(src[1]) << 8 | hex(src[2]) << 4 | hex(src[3]));
    src += 4;
    return v;
}

/* A string, unescaped in place: the result never outgrows its escaped form. */
static void string(const char **text, size_t *length) {
    src++; /* the opening quote */
    char *out = src, *start = src;
    for (;;) {
        if (src >= end) fail("unterminated string");
        unsigned char c = (unsigned char)*src;
        if (c == '"') break;
        if (c < 0x20) fail("control character in string");
        if (c != '\\') { *out++ = *src++; continue; }
        src++;
        if (src >= end) fail("unterminated escape");
        switch (*src++) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '/': *out++ = '/'; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u': {
            unsigned cp = u4();
            if (cp >= 0xD800 && cp < 0xDC00) {
                if (end - src < 6 || src[0] != '\\' || src[1] != 'u') fail("lone surrogate");
                src += 2;
                unsigned low = u4();
                if (low < 0xDC00 || low > 0xDFFF) fail("lone surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                fail("lone surrogate");
            }
            if (cp < 0x80) *out++ = (char)cp;
            else if (cp < 0x800) { *out++ = (char)(0xC0 | cp >> 6); *out++ = (char)(0x80 | (cp & 0x3F)); }
            else if (cp < 0x10000) { *out++ = (char)(0xE0 | cp >> 12); *out++ = (char)(0x80 | (cp >> 6 & 0x3F)); *out++ = (char)(0x80 | (cp & 0x3F)); }
            else { *out++ = (char)(0xF0 | cp >> 18); *out++ = (char)(0x80 | (cp >> 12 & 0x3F)); *out++ = (char)(0x80 | (cp >> 6 & 0x3F)); *out++ = (char)(0x80 | (cp & 0x3F)); }
            break;
        }
        default: fail("bad escape");
        }
    }
    src++; /* the closing quote */
    *text = start;
    *length = (size_t)(out - start);
}

static Node *value(int depth);

static Node *container(int type, char close, int depth) {
    Node *n = node(type), *last = NULL;
    src++;
    ws();
    if (src < end && *src == close) { src++; return n; }
    for (;;) {
        const char *key = NULL;
        size_t key_length = 0;
        if (type == J_OBJECT) {
            ws();
            if (src >= end || *src != '"') fail("expected a member name");
            string(&key, &key_length);
            ws();
            if (src >= end || *src != ':') fail("expected ':'");
            src++;
        }
        Node *child = value(depth + 1);
        child->key = key;
        child->key_length = key_length;
        if (last) last->next = child; else n->first = child;
        last = child;
        n->count++;
        ws();
        if (src < end && *src == ',') { src++; continue; }
        if (src < end && *src == close) { src++; return n; }
        fail("expected ',' or a closing bracket");
    }
}

static Node *value(int depth) {
    if (depth > 128) fail("nested too deeply");
    ws();
    if (src >= end) fail("unexpected end");
    switch (*src) {
    case '{': return container(J_OBJECT, '}', depth);
    case '[': return container(J_ARRAY, ']', depth);
    case '"': { Node *n = node(J_STRING); string(&n->text, &n->length); return n; }
    case 't': if (end - src >= 4 && !memcmp(src, "true", 4)) { src += 4; return node(J_TRUE); } break;
    case 'f': if (end - src >= 5 && !memcmp(src, "false", 5)) { src += 5; return node(J_FALSE); } break;
    case 'n': if (end - src >= 4 && !memcmp(src, "null", 4)) { src += 4; return node(J_NULL); } break;
    default: {
        /* RFC 8259 number grammar. */
        const char *start = src;
        if (*src == '-') src++;
        if (src < end && *src == '0') src++;
        else if (src < end && *src >= '1' && *src <= '9') while (src < end && *src >= '0' && *src <= '9') src++;
        else fail("bad number");
        if (src < end && *src == '.') {
            src++;
            if (src >= end || *src < '0' || *src > '9') fail("bad number");
            while (src < end && *src >= '0' && *src <= '9') src++;
        }
        if (src < end && (*src == 'e' || *src == 'E')) {
            src++;
            if (src < end && (*src == '+' || *src == '-')) src++;
            if (src >= end || *src < '0' || *src > '9') fail("bad number");
            while (src < end && *src >= '0' && *src <= '9') src++;
        }
        Node *n = node(J_NUMBER);
        n->text = start;
        n->length = (size_t)(src - start);
        return n;
    }
    }
    fail("unexpected character");
    return NULL;
}

static Node *member(const Node *object, const char *key) {
    if (!object || object->type != J_OBJECT) return NULL;
    size_t length = strlen(key);
    for (Node *n = object->first; n; n = n->next)
        if (n->key_length == length && !memcmp(n->key, key, length)) return n;
    return NULL;
}

static int is(const Node *n, const char *text) {
    size_t length = strlen(text);
    return n && n->type == J_STRING && n->length == length && !memcmp(n->text, text, length);
}

/* Output, through one buffer. */
static char out[1 << 16];
static size_t used;
static void flush(void) { fwrite(out, 1, used, stdout); used = 0; }
static void put(const char *p, size_t n) {
    if (n > sizeof out - used) { flush(); if (n > sizeof out) { fwrite(p, 1, n, stdout); return; } }
    memcpy(out + used, p, n);
    used += n;
}
static void puts_(const char *s) { put(s, strlen(s)); }
static void putc_(char c) { if (used == sizeof out) flush(); out[used++] = c; }

/* GFM table-cell text: TechMatrix's inline rules (MarkdownEscaping.inline). */
static void md_text(const char *p, size_t n) {
    int line_start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        int at_start = line_start;
        line_start = 0;
        switch (c) {
        case '\n': case '\r':
            puts_("<br>");
            if (c == '\r' && i + 1 < n && p[i + 1] == '\n') i++;
            line_start = 1;
            continue;
        case ' ': case '\t':
            if (at_start || i + 1 == n || p[i + 1] == '\n' || p[i + 1] == '\r') { puts_(c == ' ' ? "&#32;" : "&#9;"); continue; }
            break;
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '&': case '|': case '~': case '$':
            putc_('\\');
            break;
        case ':':
            if (i + 2 < n && p[i + 1] == '/' && p[i + 2] == '/') putc_('\\');
            break;
        case '.':
            if (i >= 3 && (p[i - 1] | 0x20) == 'w' && (p[i - 2] | 0x20) == 'w' && (p[i - 3] | 0x20) == 'w') putc_('\\');
            break;
        case '@':
            if (i > 0) puts_("<!---->");
            break;
        }
        putc_((char)c);
    }
}

static void html_text(const char *p, size_t n) {
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *r;
        switch (p[i]) {
        case '&': r = "&amp;"; break;
        case '<': r = "&lt;"; break;
        case '>': r = "&gt;"; break;
        case '\r': r = "&#13;"; break;
        default: continue;
        }
        put(p + run, i - run);
        puts_(r);
        run = i + 1;
    }
    put(p + run, n - run);
}

/* An RFC 4180 field; `harden` adds OWASP's leading quote to text that could run as a formula. */
static void csv_field(const char *p, size_t n, int harden, const char *prefix, size_t prefix_length) {
    int quote = 0;
    for (size_t i = 0; i < prefix_length && !quote; i++) quote = prefix[i] == '"' || prefix[i] == ',' || prefix[i] == '\r' || prefix[i] == '\n';
    for (size_t i = 0; i < n && !quote; i++) quote = p[i] == '"' || p[i] == ',' || p[i] == '\r' || p[i] == '\n';
    const char *first = prefix_length ? prefix : p;
    size_t first_length = prefix_length ? prefix_length : n;
    if (quote) putc_('"');
    if (harden && first_length && strchr("=+-@\t\r", first[0])) putc_('\'');
    for (int part = 0; part < 2; part++) {
        const char *q = part ? p : prefix;
        size_t m = part ? n : prefix_length;
        size_t run = 0;
        for (size_t i = 0; quote && i < m; i++)
            if (q[i] == '"') { put(q + run, i + 1 - run); putc_('"'); run = i + 1; }
        put(q + run, m - run);
    }
    if (quote) putc_('"');
}

typedef struct {
    const Node *id, *name, *group, *unit;
    int kind; /* 0 text, 1 support, 2 number, 3 rating */
    const Node *scale;
} Criterion;

static Criterion *criteria;
static size_t criterion_count;

static int key_is(const Node *n, const Node *id) {
    return n->key_length == id->length && !memcmp(n->key, id->text, id->length);
}

/* Fills `cells` (one per criterion) with a tool's cells, walking its members once: each is
 * looked for at the criterion after the last one found and a few beyond (documents list cells
 * in criterion order, with gaps), then among all criteria. */
static void find_cells(const Node *values, const Node **cells) {
    memset(cells, 0, criterion_count * sizeof *cells);
    if (!values || values->type != J_OBJECT) return;
    size_t next = 0;
    for (const Node *n = values->first; n; n = n->next) {
        size_t c = criterion_count;
        for (size_t probe = next; probe < criterion_count && probe < next + 4; probe++)
            if (key_is(n, criteria[probe].id)) { c = probe; break; }
        if (c == criterion_count)
            for (size_t probe = 0; probe < criterion_count; probe++)
                if (key_is(n, criteria[probe].id)) { c = probe; break; }
        if (c == criterion_count) continue;
        if (!cells[c]) cells[c] = n;
        next = c + 1;
    }
}

/* The cell as TechMatrix shows it, in pieces: text cells are written with `text`, the other
 * kinds are built into `buffer` (ASCII digits and fixed UTF-8 symbols, which no escaping
 * touches except CSV quoting, which never applies to them). */
static int cell_text(const Node *cell, size_t c, char *buffer, size_t *length, const char **text, size_t *text_length) {
    const Node *v = cell && cell->type == J_OBJECT ? member(cell, "value") : cell;
    if (!v) return -1;
    size_t n = 0;
    switch (criteria[c].kind) {
    case 0: *text = v->text; *text_length = v->length; return 0;
    case 1: {
        const char *label = is(v, "yes") ? "✅ Yes" : is(v, "partial") ? "◐ Partial" : is(v, "preview") ? "◇ Preview" : "❌ No";
        n = strlen(label);
        memcpy(buffer, label, n);
        break;
    }
    case 2: {
        const Node *qualifier = cell->type == J_OBJECT ? member(cell, "qualifier") : NULL;
        const Node *max = cell->type == J_OBJECT ? member(cell, "max") : NULL;
        const char *prefix = is(qualifier, "about") ? "≈ " : is(qualifier, "at-most") ? "≤ " : is(qualifier, "at-least") ? "≥ " : "";
        n = strlen(prefix);
        memcpy(buffer, prefix, n);
        memcpy(buffer + n, v->text, v->length);
        n += v->length;
        if (max) { memcpy(buffer + n, "–", 3); n += 3; memcpy(buffer + n, max->text, max->length); n += max->length; }
        const Node *unit = criteria[c].unit;
        if (unit && unit->length) {
            if (unit->text[0] != '%') buffer[n++] = ' ';
            memcpy(buffer + n, unit->text, unit->length);
            n += unit->length;
        }
        break;
    }
    case 3:
        memcpy(buffer, v->text, v->length);
        n = v->length;
        buffer[n++] = '/';
        if (criteria[c].scale) { memcpy(buffer + n, criteria[c].scale->text, criteria[c].scale->length); n += criteria[c].scale->length; }
        else buffer[n++] = '5';
        break;
    }
    *length = n;
    return 1;
}

static int same_group(const Node *a, const Node *b) {
    if (!a || !b) return a == b;
    return a->length == b->length && !memcmp(a->text, b->text, a->length);
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor md|csv|html INPUT.json\n"); return 64; }
    const char *format = argv[1];
    FILE *file = fopen(argv[2], "rb");
    if (!file) { perror(argv[2]); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    src = malloc((size_t)size + 1);
    if (!src || fread(src, 1, (size_t)size, file) != (size_t)size) { perror(argv[2]); return 1; }
    fclose(file);
    base = src;
    end = src + size;
    if (size >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB && (unsigned char)src[2] == 0xBF) src += 3;
    Node *doc = value(0);
    ws();
    if (src != end) fail("trailing characters");

    const Node *list = member(doc, "criteria"), *tools = member(doc, "tools"), *title = member(doc, "title");
    if (!list || list->type != J_ARRAY || !tools || tools->type != J_ARRAY || !title) fail("not a techmatrix document");
    criterion_count = list->count;
    criteria = calloc(criterion_count ? criterion_count : 1, sizeof *criteria);
    size_t c = 0;
    int has_groups = 0;
    for (const Node *n = list->first; n; n = n->next, c++) {
        const Node *kind = member(n, "kind");
        criteria[c] = (Criterion){member(n, "id"), member(n, "name"), member(n, "group"), member(n, "unit"),
                                  is(kind, "text") ? 0 : is(kind, "support") ? 1 : is(kind, "number") ? 2 : 3, member(n, "scale")};
        if (!criteria[c].id || !criteria[c].name) fail("criterion without id or name");
        if (criteria[c].group) has_groups = 1;
    }
    size_t tool_count = tools->count;
    const Node **tool = malloc((tool_count ? tool_count : 1) * sizeof *tool);
    const Node **values = malloc((tool_count ? tool_count : 1) * sizeof *values);
    /* cells[t * criterion_count + c]: the cell of tool t for criterion c, or NULL. */
    const Node **cells = malloc((tool_count ? tool_count : 1) * (criterion_count ? criterion_count : 1) * sizeof *cells);
    size_t t = 0;
    int has_versions = 0;
    for (const Node *n = tools->first; n; n = n->next, t++) {
        tool[t] = n;
        values[t] = member(n, "values");
        if (member(n, "version")) has_versions = 1;
        find_cells(values[t], cells + t * criterion_count);
    }
    char buffer[512];
    size_t length, text_length;
    const char *text;

    if (!strcmp(format, "csv")) {
        csv_field("Tool", 4, 0, NULL, 0);
        if (has_versions) { putc_(','); csv_field("Version", 7, 0, NULL, 0); }
        for (c = 0; c < criterion_count; c++) { putc_(','); csv_field(criteria[c].name->text, criteria[c].name->length, 1, NULL, 0); }
        puts_(",Pros,Cons\r\n");
        for (t = 0; t < tool_count; t++) {
            const Node *name = member(tool[t], "name"), *version = member(tool[t], "version");
            csv_field(name->text, name->length, 1, NULL, 0);
            if (has_versions) { putc_(','); if (version) csv_field(version->text, version->length, 1, NULL, 0); }
            for (c = 0; c < criterion_count; c++) {
                putc_(',');
                int shown = cell_text(cells[t * criterion_count + c], c, buffer, &length, &text, &text_length);
                if (shown < 0) puts_("—");
                else if (shown == 0) csv_field(text, text_length, 1, NULL, 0);
                else put(buffer, length);
            }
            const char *keys[2] = {"pros", "cons"};
            for (int k = 0; k < 2; k++) {
                putc_(',');
                /* One item per line, hardened and quoted as one field. */
                const Node *remarks = member(tool[t], keys[k]);
                size_t total = 0;
                for (const Node *r = remarks ? remarks->first : NULL; r; r = r->next) {
                    const Node *s = r->type == J_OBJECT ? member(r, "text") : r;
                    total += s->length + 1;
                }
                char *joined = malloc(total + 1), *p = joined;
                for (const Node *r = remarks ? remarks->first : NULL; r; r = r->next) {
                    const Node *s = r->type == J_OBJECT ? member(r, "text") : r;
                    if (p != joined) *p++ = '\n';
                    memcpy(p, s->text, s->length);
                    p += s->length;
                }
                csv_field(joined, (size_t)(p - joined), 1, NULL, 0);
                free(joined);
            }
            puts_("\r\n");
        }
    } else if (!strcmp(format, "md") || !strcmp(format, "html")) {
        int html = format[0] == 'h';
        if (html) {
            puts_("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
            html_text(title->text, title->length);
            puts_("</title>\n</head>\n<body>\n<table>\n<thead>\n<tr><th scope=\"col\">Criterion</th>");
        } else {
            puts_("| Criterion |");
        }
        for (t = 0; t < tool_count; t++) {
            const Node *name = member(tool[t], "name"), *version = member(tool[t], "version");
            if (html) {
                puts_("<th scope=\"col\">");
                html_text(name->text, name->length);
                if (version) { puts_(" <span>"); html_text(version->text, version->length); puts_("</span>"); }
                puts_("</th>");
            } else {
                putc_(' ');
                md_text(name->text, name->length);
                if (version) { puts_(" · "); md_text(version->text, version->length); }
                puts_(" |");
            }
        }
        if (html) puts_("</tr>\n</thead>\n<tbody>\n");
        else {
            puts_("\n| --- |");
            for (t = 0; t < tool_count; t++) puts_(" --- |");
            putc_('\n');
        }
        for (c = 0; c < criterion_count; c++) {
            if (has_groups && (c == 0 || !same_group(criteria[c].group, criteria[c - 1].group))) {
                const Node *group = criteria[c].group;
                if (html) {
                    sprintf(buffer, "<tr><th scope=\"colgroup\" colspan=\"%lu\">", (unsigned long)tool_count + 1);
                    puts_(buffer);
                    if (group) html_text(group->text, group->length); else puts_("Other");
                    puts_("</th></tr>\n");
                } else {
                    puts_("| **");
                    if (group) md_text(group->text, group->length); else puts_("Other");
                    puts_("** |");
                    for (t = 0; t < tool_count; t++) puts_("  |");
                    putc_('\n');
                }
            }
            if (html) { puts_("<tr><th scope=\"row\">"); html_text(criteria[c].name->text, criteria[c].name->length); puts_("</th>"); }
            else { puts_("| "); md_text(criteria[c].name->text, criteria[c].name->length); puts_(" |"); }
            for (t = 0; t < tool_count; t++) {
                int shown = cell_text(cells[t * criterion_count + c], c, buffer, &length, &text, &text_length);
                if (html) {
                    puts_(shown < 0 ? "<td>—" : "<td>");
                    if (shown == 0) html_text(text, text_length); else if (shown > 0) put(buffer, length);
                    puts_("</td>");
                } else {
                    putc_(' ');
                    if (shown < 0) puts_("—"); else if (shown == 0) md_text(text, text_length); else put(buffer, length);
                    puts_(" |");
                }
            }
            puts_(html ? "</tr>\n" : "\n");
        }
        if (html) puts_("</tbody>\n</table>\n</body>\n</html>\n");
    } else {
        fprintf(stderr, "floor: unknown format %s\n", format);
        return 64;
    }
    flush();
    return 0;
}
