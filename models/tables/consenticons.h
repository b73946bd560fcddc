#pragma once

#include <QIcon>

#include <optional>

// Small drawn icons for a channel's consent: can receive, can't, not set.
// Drawn rather than loaded so they stay crisp at any device pixel ratio.
namespace ConsentIcons {

QIcon icon(const std::optional<bool> &enabled);

} // namespace ConsentIcons
