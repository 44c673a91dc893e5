/**
 * Deal themes and texts for the seed generator. Requirement ids come from the spec's lists (1.12);
 * a few catalogue-style ids (`SOL-...`) stand in for the newer taxonomy that the simulator must not
 * reject (B21).
 */

export type SolutionTagData = { id: string; name: string; type?: 'Category' | 'Name' };

export type DealTheme = {
  title: string;
  products: readonly string[];
  services: readonly string[];
  solutions: readonly SolutionTagData[];
  notes: string;
};

const cat = (id: string, name: string): SolutionTagData => ({ id, name, type: 'Category' });

export const DEAL_THEMES: readonly DealTheme[] = [
  {
    title: 'Azure migration',
    products: ['Azure', 'SQL'],
    services: ['DeploymentOrMigration', 'ManagedServices'],
    solutions: [
      cat('CloudMigration', 'Cloud Migration'),
      cat('SQLServerUpgrade', 'SQL Server Upgrade'),
    ],
    notes:
      'Move on-premises SQL Server databases and web apps to Azure before the data-centre lease ends.',
  },
  {
    title: 'Microsoft 365 rollout',
    products: ['Microsoft365', 'Teams'],
    services: ['DeploymentOrMigration', 'LearningAndCertification'],
    solutions: [{ id: 'SOL-Microsoft365', name: 'Microsoft365' }],
    notes: 'Roll out Microsoft 365 to all staff and train them on Teams and SharePoint.',
  },
  {
    title: 'D365 Sales',
    products: ['Dynamics365Enterprise'],
    services: ['ConsultingAndProfessional'],
    solutions: [cat('Dynamics365forSales', 'Dynamics 365 for Sales')],
    notes: 'Replace a spreadsheet-based sales pipeline with Dynamics 365 Sales.',
  },
  {
    title: 'Power BI analytics',
    products: ['PowerBI', 'Azure'],
    services: ['CustomSolution(ISV)'],
    solutions: [
      cat('EnterpriseBusinessIntelligence', 'Enterprise Business Intelligence'),
      cat('AdvancedAnalytics', 'Advanced Analytics'),
    ],
    notes:
      'Management wants one set of sales and stock dashboards instead of weekly Excel reports.',
  },
  {
    title: 'Security modernisation',
    products: ['EnterpriseMobilityAndSecurity', 'Windows'],
    services: ['ManagedServices'],
    solutions: [
      cat('ThreatProtection', 'Threat Protection'),
      cat('IdentityandAccessManagement', 'Identity and Access Management'),
    ],
    notes: 'After a phishing incident the customer wants MFA, device management and a SOC service.',
  },
  {
    title: 'SAP on Azure',
    products: ['Azure'],
    services: ['DeploymentOrMigration', 'ManagedServices'],
    solutions: [cat('SAPonAzure', 'SAP on Azure')],
    notes: 'Move the SAP ERP landscape to Azure ahead of the S/4HANA upgrade.',
  },
  {
    title: 'IoT shop floor',
    products: ['Azure'],
    services: ['Integration', 'Hardware'],
    solutions: [cat('InternetofThings', 'Internet of Things')],
    notes: 'Connect 120 machines on the shop floor and predict maintenance needs.',
  },
  {
    title: 'Teams Rooms refresh',
    products: ['Teams', 'SurfaceHub'],
    services: ['Hardware', 'ManagedServices'],
    solutions: [],
    notes: 'Replace meeting-room systems with Teams Rooms and add managed support.',
  },
  {
    title: 'AI assistant pilot',
    products: ['Azure'],
    services: ['CustomSolution(ISV)'],
    solutions: [
      cat('ArtificialIntelligence', 'Artificial Intelligence'),
      cat('Chatbot', 'Chatbot'),
      { id: 'SOL-34104-EBB', name: 'Contoso Copilot Accelerator', type: 'Name' },
    ],
    notes: 'A customer-service assistant over the product catalogue, first as a three-month pilot.',
  },
  {
    title: 'Backup and DR',
    products: ['Azure'],
    services: ['ManagedServices'],
    solutions: [cat('BackupDisasterRecovery', 'Backup & Disaster Recovery')],
    notes: 'Off-site backup and a tested disaster-recovery plan for the ERP system.',
  },
  {
    title: 'Field service',
    products: ['Dynamics365Enterprise'],
    services: ['DeploymentOrMigration'],
    solutions: [cat('Dynamics365forFieldService', 'Dynamics 365 for Field Service')],
    notes: 'Schedule 40 field technicians and track spare parts on mobile devices.',
  },
  {
    title: 'Data warehouse',
    products: ['Azure', 'SQL'],
    services: ['ConsultingAndProfessional'],
    solutions: [cat('DataWarehouse', 'Data Warehouse'), cat('BigData', 'Big Data')],
    notes: 'Consolidate five reporting databases into one cloud data warehouse.',
  },
  {
    title: 'DevOps platform',
    products: ['Azure', 'DeveloperTools'],
    services: ['ProjectServices'],
    solutions: [cat('DevOps', 'DevOps'), cat('Containers', 'Containers')],
    notes: 'Build pipelines and a container platform for 30 developers.',
  },
  {
    title: 'Business Central',
    products: ['Dynamics365Business', 'DynamicsAX,GP,NAV,SL'],
    services: ['Licensing', 'DeploymentOrMigration'],
    solutions: [],
    notes: 'Upgrade from Dynamics NAV 2016 to Business Central online.',
  },
  {
    title: 'GDPR compliance',
    products: ['Microsoft365', 'Azure'],
    services: ['ConsultingAndProfessional'],
    solutions: [
      cat('RegulatoryComplianceGDPR', 'Regulatory Compliance (GDPR)'),
      { id: 'SOL-FY26-DATA-SECURITY', name: 'Data Security (FY26)', type: 'Name' },
    ],
    notes: 'Find and label personal data across mailboxes and file shares.',
  },
];

export const INDUSTRIES = [
  'Agriculture, Forestry, & Fishing',
  'Communications & Media',
  'Education',
  'Financial Services',
  'Government',
  'Healthcare',
  'Hospitality',
  'Manufacturing',
  'Power & Utilities',
  'Public Safety and National Security',
  'Retail & Consumer Goods',
  'Services',
  'Travel & Transportation',
  'Wholesale & Distribution',
] as const;

export const WON_REASONS = [
  'Customer engagement was a success!',
  'Signed a 3-year agreement.',
  'Pilot converted to a full rollout.',
  'Won against two competitors on delivery time.',
] as const;

export const LOST_REASONS = [
  "Customer chose a competitor's bundled offer on price.",
  'Project postponed to next fiscal year; budget frozen.',
  'Customer decided to build it in-house.',
  'No response from the customer after the proposal.',
] as const;

export const DECLINED_REASONS = [
  'Outside our service region; customer needs on-site support.',
  'We do not have capacity for this timeline.',
  'Requirement does not match our practice (no SAP skills).',
  'Duplicate of a referral we already work.',
] as const;

export const EXPIRED_REASON = 'No response within 14 days.';

export const INVITE_NOTES_MICROSOFT = [
  'Hi Contoso team, could you help this customer? Thanks, John @ Microsoft',
  'Customer asked for a partner with local delivery capacity. Please reach out this week.',
  'Qualified at the Microsoft Ignite booth; budget approved for this quarter.',
] as const;

export const INVITE_NOTES_PARTNER = [
  'We own the licensing side and need a delivery partner for the technical work.',
  'Co-sell request: can you take the data platform part of this deal?',
  'Customer prefers a partner in their region. Happy to split the engagement.',
] as const;

export const ASSISTANCE_CODES = [
  'GeneralOrOther',
  'CustomerTechnicalArchitecture',
  'ProofOfConceptOrDemo',
  'QuotesOrLicensing',
] as const;
