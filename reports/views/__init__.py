"""The "Báo cáo biên tập" screens: the contribution table, a unit's items, the board's dashboard panel."""
