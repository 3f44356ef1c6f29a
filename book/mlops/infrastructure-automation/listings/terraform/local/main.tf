terraform {
  required_version = ">= 1.5"
}

variable "model_version" {
  description = "Version of the churn model and of its image tag."
  type        = string

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.model_version))
    error_message = "The model_version must look like 1.4.0."
  }
}

variable "replicas" {
  description = "How many copies of the service to run."
  type        = number
  default     = 2

  validation {
    condition     = var.replicas >= 1 && var.replicas <= 6
    error_message = "The replicas must be between 1 and 6."
  }
}

locals {
  image = "registry.example.com/harvest-crate/churn-api:${var.model_version}"
}

# A record of the release; a new model version replaces it.
resource "terraform_data" "release" {
  input = {
    image    = local.image
    replicas = var.replicas
  }
  triggers_replace = [var.model_version]
}

output "image" {
  value = terraform_data.release.output.image
}
