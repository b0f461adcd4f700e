-- Packs embed fonts shipped as npm packages. Liberation Serif is not published
-- there; Tinos is the typeface it was made from (same shapes and widths), so
-- workspaces that chose Liberation Serif move to Tinos and print the same.
UPDATE authority_settings SET font_family = 'Tinos' WHERE font_family = 'Liberation Serif';
