#include "reports/diagram_svg.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <memory>

#include <dlfcn.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace upgrade_risk::reports {

namespace {

struct GraphDeleter {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};

/// Frees what gvLayout allocated for `graph` (ranks, labels, splines: Graphviz's gmalloc and
/// grealloc) on every way out, a failed layout or render included: gvLayout binds its records
/// before it can fail, and gvFreeLayout does nothing for a graph never laid out. Declared after
/// the graph, so it runs before agclose.
class LayoutGuard {
public:
    LayoutGuard(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {}
    ~LayoutGuard() { gvFreeLayout(context_, graph_); }
    LayoutGuard(const LayoutGuard&) = delete;
    LayoutGuard& operator=(const LayoutGuard&) = delete;

private:
    GVC_t* context_;
    Agraph_t* graph_;
};

struct RenderDataDeleter {
    void operator()(char* data) const { gvFreeRenderData(data); }
};

/// Graphviz's default ID discipline uses the address of each name string as the object's ID,
/// and orders subgraphs (our site clusters) by ID: the drawing then depends on where malloc
/// put the strings, so two renders in one process can differ. This discipline hands out IDs
/// in order of first appearance instead, which makes the output reproducible byte for byte.
struct SequentialIds {
    std::map<std::string, IDTYPE, std::less<>> ids;
    std::deque<std::string> names;  ///< Named IDs are 2, 4, 6...: names[id / 2 - 1].
    IDTYPE anonymous = 1;           ///< Unnamed objects get odd IDs, as in Graphviz.
};

void* ids_open(Agraph_t*, Agdisc_t*) { return new SequentialIds; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
    auto& ids = *static_cast<SequentialIds*>(state);
    if (name == nullptr) {
        *id = ids.anonymous;
        ids.anonymous += 2;
        return 1;
    }
    if (const auto found = ids.ids.find(std::string_view(name)); found != ids.ids.end()) {
        *id = found->second;
        return 1;
    }
    if (create == 0) return 0;
    ids.names.emplace_back(name);
    *id = static_cast<IDTYPE>(2 * ids.names.size());
    ids.ids.emplace(ids.names.back(), *id);
    return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
    auto& ids = *static_cast<SequentialIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids.names.size()) return nullptr;
    return ids.names[id / 2 - 1].data();
}

void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_id_discipline = {ids_open,  ids_map,   ids_alloc,  ids_free,
                                       ids_print, ids_close, ids_register};

/// Feeds the DOT text to Graphviz's reader, like agmemread but with our ID discipline.
struct MemoryReader {
    const char* data;
    std::size_t size;
    std::size_t position = 0;
};

int read_memory(void* channel, char* buffer, int buffer_size) {
    auto& reader = *static_cast<MemoryReader*>(channel);
    if (buffer_size <= 0 || reader.position >= reader.size) return 0;
    // Graphviz's own memory reader hands over one line at a time; so do we.
    const char* start = reader.data + reader.position;
    const std::size_t left = reader.size - reader.position;
    const char* newline = static_cast<const char*>(std::memchr(start, '\n', left));
    std::size_t count = newline ? static_cast<std::size_t>(newline - start) + 1 : left;
    count = std::min(count, static_cast<std::size_t>(buffer_size - 1));
    std::memcpy(buffer, start, count);
    buffer[count] = '\0';
    reader.position += count;
    return static_cast<int>(count);
}

Agraph_t* read_dot(const std::string& dot) {
    static Agiodisc_t io = {read_memory, AgIoDisc.putstr, AgIoDisc.flush};
    static Agdisc_t discipline = {&AgMemDisc, &sequential_id_discipline, &io};
    MemoryReader reader{dot.data(), dot.size()};
    return agconcat(nullptr, &reader, &discipline);
}

/// Graphviz's SVG starts with an XML declaration, DOCTYPE and comments, none of which may
/// appear inside an HTML document; keep from the <svg element on.
std::string embeddable(const std::string& svg) {
    const auto start = svg.find("<svg");
    if (start == std::string::npos) return {};
    std::string body = svg.substr(start);
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
    return body;
}

/// A context with only the dot layout and the SVG renderer, from the plugins' files, or nullptr
/// when this build does not know where they are or they cannot be loaded. Without a text
/// plugin Graphviz sizes labels from its own Helvetica metrics, which is the font the drawing
/// asks for; Graphviz's configuration would also load pango, fontconfig and the fonts, which
/// were half the CPU time and 12 MB of an HTML report of a 1,000-server organization.
GVC_t* context_with_two_plugins() {
#if defined(UPGRADE_RISK_GRAPHVIZ_CORE_PLUGIN) && defined(UPGRADE_RISK_GRAPHVIZ_DOT_PLUGIN)
    const auto library = [](const char* path, const char* symbol) -> void* {
        void* handle = ::dlopen(path, RTLD_NOW | RTLD_LOCAL);  // kept for the process's life
        return handle != nullptr ? ::dlsym(handle, symbol) : nullptr;
    };
    void* const core = library(UPGRADE_RISK_GRAPHVIZ_CORE_PLUGIN, "gvplugin_core_LTX_library");
    void* const dot = library(UPGRADE_RISK_GRAPHVIZ_DOT_PLUGIN, "gvplugin_dot_layout_LTX_library");
    if (core == nullptr || dot == nullptr) return nullptr;
    static const lt_symlist_t plugins[] = {{"gvplugin_core_LTX_library", core},
                                           {"gvplugin_dot_layout_LTX_library", dot},
                                           {nullptr, nullptr}};
    return gvContextPlugins(plugins, 0);
#else
    return nullptr;
#endif
}

/// One Graphviz context for the life of the process. Graphviz's pango text plugin (where the
/// full configuration is used) keeps a pointer to the last font name, which lives in the
/// context's font table: freeing a context and laying out again with a new one reads freed
/// memory (found by AddressSanitizer when a process renders twice, as the tests and the fuzzer
/// do). The context is never freed.
GVC_t* shared_context() {
    static GVC_t* const context = [] {
        GVC_t* const light = context_with_two_plugins();
        return light != nullptr ? light : gvContext();
    }();
    return context;
}

}  // namespace

DiagramSvg render_dot_to_svg(const std::string& dot) {
    DiagramSvg result;
    // Layout warnings (e.g. about fonts) are not the user's business; errors still fail below.
    agseterr(AGMAX);
    GVC_t* const context = shared_context();
    if (context == nullptr) {
        result.error = "Graphviz could not start";
        return result;
    }
    std::unique_ptr<Agraph_t, GraphDeleter> graph(read_dot(dot));
    if (!graph) {
        result.error = "Graphviz could not read the generated diagram";
        return result;
    }
    const LayoutGuard layout(context, graph.get());
    if (gvLayout(context, graph.get(), "dot") != 0) {
        result.error = "Graphviz could not lay out the diagram";
        return result;
    }
    char* data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(context, graph.get(), "svg", &data, &length);
    const std::unique_ptr<char, RenderDataDeleter> owned_data(data);
    std::string svg;
    if (rendered == 0 && data != nullptr) svg.assign(data, length);
    if (rendered != 0 || svg.empty()) {
        result.error = "Graphviz could not render the diagram as SVG";
        return result;
    }
    result.svg = embeddable(svg);
    return result;
}

}  // namespace upgrade_risk::reports
