// ImGui reads its .ini settings (window positions, table columns) with sscanf. The widget keeps
// none: io.IniFilename is null and nothing loads settings from memory, so the link routes ImGui's
// sscanf here (-Wl,--wrap=sscanf), a reader that reads nothing, and libc's scanf is not linked.
extern "C" int __wrap_sscanf(const char*, const char*, ...) {
    return 0;
}
