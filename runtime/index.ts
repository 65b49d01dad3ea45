// Placeholder barrel: the real runtime is being written (see SPEC section 1).
export {};
