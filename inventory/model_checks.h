#pragma once

#include "inventory/diagnostic_sink.h"
#include "inventory/model.h"

namespace upgrade_risk::inventory {

/// Checks that need the resolved model: connector ends in the sites they name, no connector
/// joining a site to itself, one directory replication connector per pair of sites, real
/// upgrades (each server planned once is the model builder's check). Also warns about what is
/// legal but probably a mistake (dates in the wrong order, a planned server without any
/// backup, names that repeat).
void check_model(const Inventory& inventory, DiagnosticSink& sink);

/// A connector end must name a server of the site it names (also used for the ends of a
/// connector the model leaves out because its other end names an unknown site or server).
void check_server_in_site(const Inventory& inventory, SiteId site, ServerId server,
                          SourceLocation where, DiagnosticSink& sink);

}  // namespace upgrade_risk::inventory
