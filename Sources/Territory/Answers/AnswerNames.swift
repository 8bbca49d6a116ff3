extension Atlas {
    /// The name of the entity `id`, as answers print it (the id itself for an unknown one).
    func entityName(_ id: String) -> String { dataset.entity(id: id)?.name ?? id }

    /// The name of the entity group or entity `id`, as answers print it (empty for neither).
    func controllerName(_ id: String) -> String { dataset.group(id: id)?.name ?? dataset.entity(id: id)?.name ?? "" }
}
